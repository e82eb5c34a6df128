package storelogoff.conform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonGenerator;

import storelogoff.model.Event;
import storelogoff.model.Step;
import storelogoff.scenario.ObservedField;
import storelogoff.trace.Expectation;

/**
 * docs/conformance/protocol.md's example exchange is real: fed the kit's lines, the C++ sample
 * store adapter writes exactly the adapter's lines; the kit writes its lines as shown; and the
 * kit reads every answer of the example.
 */
class ProtocolDocTest {
    private static final String DOC = "docs/conformance/protocol.md";

    private static List<String> exchange() throws IOException {
        String text = Files.readString(CppAdapters.REPO.resolve(DOC));
        String block = text.replaceAll("(?s).*```exchange\n(.*?)```.*", "$1");
        assertThat(block).as("the exchange block of %s", DOC).isNotEqualTo(text);
        return block.lines().toList();
    }

    private static List<String> lines(String direction) throws IOException {
        List<String> out = new ArrayList<>();
        for (String l : exchange()) if (l.startsWith(direction + " ")) out.add(l.substring(3));
        return out;
    }

    @Test
    void theSampleStoreAdapterWritesTheDocumentedAnswers() throws Exception {
        Process p = new ProcessBuilder(CppAdapters.binary("sample_store").toString()).start();
        try (BufferedWriter in = new BufferedWriter(new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8))) {
            for (String l : lines("->")) in.write(l + "\n");
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(out.lines().toList()).isEqualTo(lines("<-"));
    }

    @Test
    void theKitWritesItsMessagesAsDocumented() throws IOException {
        StringWriter w = new StringWriter();
        JsonGenerator g = Protocol.generator(w);
        Protocol.writeReset(g, 0, 2, true);
        Protocol.writeStep(g, 1, Step.call(Event.ADDREF, 2));
        Protocol.writeStep(g, 2, Step.logoff(1, 1));
        Protocol.writeStep(g, 3, Step.logoff(2, 0));
        Protocol.writeStep(g, 4, Step.logoffNull(1));
        Protocol.writeStep(g, 5, Step.call(Event.RELEASE, 2));
        Protocol.writeStep(g, 6, Step.call(Event.RELEASE, 1));
        Protocol.writeStep(g, 7, Step.call(Event.ADDREF, 1));
        Protocol.writeReset(g, 8, 1, true);
        Protocol.writeStep(g, 9, Step.call(Event.RELEASE, 1));
        g.flush();
        assertThat(w.toString().lines().toList()).isEqualTo(lines("->"));
    }

    @Test
    void theKitReadsTheDocumentedAnswers() throws Exception {
        List<String> answers = lines("<-");
        Hello hello = Protocol.readHello(answers.get(0));
        assertThat(hello.fieldSet()).containsExactly(ObservedField.RESULT, ObservedField.REFS, ObservedField.OUT_FLAGS, ObservedField.TRANSPORTS_FLAGS);
        Protocol.readReady(answers.get(1), 0);
        var logoff = Protocol.readObserved(answers.get(3), 2, Event.LOGOFF, hello.fields(), new Answer());
        assertThat(logoff.given()).contains(new Expectation.Given(ObservedField.OUT_FLAGS, "outFlags", "LOGOFF_COMPLETE"),
                new Expectation.Given(ObservedField.REFS, "refs", "2"));
        var release = Protocol.readObserved(answers.get(10), 9, Event.RELEASE, hello.fields(), new Answer());
        assertThat(release.given()).contains(new Expectation.Given(ObservedField.TRANSPORTS_FLAGS, "transportsCall.flags", "LOGOFF_ABORT"));
    }
}
