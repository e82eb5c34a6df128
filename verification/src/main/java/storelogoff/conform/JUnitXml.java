package storelogoff.conform;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import storelogoff.trace.VerdictReport;

/**
 * The run as JUnit XML for CI: one {@code testsuite} per suite, one {@code testcase} per case;
 * a diverging case is a {@code failure} whose text is the divergence as {@code check} reports
 * it; an adapter failure is an {@code error}.
 */
public final class JUnitXml {
    private JUnitXml() {}

    public static void write(Path file, Report report) throws IOException {
        write(file, w -> {
            w.writeStartElement("testsuites");
            w.writeAttribute("name", "storelogoff conform: " + report.hello().implementation());
            w.writeAttribute("tests", String.valueOf(report.all().size()));
            w.writeAttribute("failures", String.valueOf(report.diverging().size()));
            w.writeAttribute("time", seconds(report.nanos()));
            for (Map.Entry<Suite, List<CaseResult>> e : report.results().entrySet()) {
                List<CaseResult> cases = e.getValue();
                w.writeStartElement("testsuite");
                w.writeAttribute("name", "conform." + e.getKey().key());
                w.writeAttribute("tests", String.valueOf(cases.size()));
                w.writeAttribute("failures", String.valueOf(cases.stream().filter(c -> !c.conforms()).count()));
                w.writeAttribute("errors", "0");
                w.writeAttribute("time", seconds(report.effort().get(e.getKey())[1]));
                for (CaseResult c : cases) {
                    w.writeStartElement("testcase");
                    w.writeAttribute("classname", "conform." + e.getKey().key());
                    w.writeAttribute("name", c.c().name());
                    w.writeAttribute("time", seconds(c.nanos()));
                    if (!c.conforms()) {
                        List<String> lines = VerdictReport.lines(c.verdict());
                        w.writeStartElement("failure");
                        w.writeAttribute("message", lines.get(1) + " (reading " + report.reading() + ")");
                        w.writeAttribute("type", "divergence");
                        w.writeCharacters(String.join("\n", lines) + (c.saved() == null ? "" : "\nsaved: " + c.saved()) + "\n");
                        w.writeEndElement();
                    }
                    w.writeEndElement();
                }
                w.writeEndElement();
            }
            w.writeEndElement();
        });
    }

    /** A run that an adapter failure stopped: one test case in error. */
    public static void writeFailure(Path file, String implementation, AdapterFailure failure) throws IOException {
        write(file, w -> {
            w.writeStartElement("testsuites");
            w.writeAttribute("name", "storelogoff conform: " + implementation);
            w.writeStartElement("testsuite");
            w.writeAttribute("name", "conform.adapter");
            w.writeAttribute("tests", "1");
            w.writeAttribute("failures", "0");
            w.writeAttribute("errors", "1");
            w.writeStartElement("testcase");
            w.writeAttribute("classname", "conform.adapter");
            w.writeAttribute("name", "adapter");
            w.writeStartElement("error");
            w.writeAttribute("message", failure.getMessage());
            w.writeAttribute("type", "adapter failure");
            w.writeCharacters(String.join("\n", failure.stderrTail()));
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
        });
    }

    private interface Body {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private static void write(Path file, Body body) throws IOException {
        if (file.getParent() != null) Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            body.write(w);
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write JUnit XML to " + file + ": " + e.getMessage(), e);
        }
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1e9);
    }
}
