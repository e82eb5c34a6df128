package storelogoff.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void directAndSpringAgree() {
        for (Reading r : Reading.ALL) {
            Model m = new Model(r);
            World init = World.initial(2, true);
            var d = m.direct(init);
            var s = new SpringStore(m, init);
            List<Step> steps = List.of(Step.call(Event.SUBMIT, 1), Step.of(Event.SEND_START), Step.of(Event.RECEIVE_START),
                    Step.logoff(1, 0x10), Step.call(Event.RELEASE, 1), Step.of(Event.SEND_DONE), Step.of(Event.RECEIVE_DONE),
                    Step.call(Event.ADDREF, 2), Step.logoff(2, 1), Step.call(Event.SUBMIT, 2), Step.call(Event.RELEASE, 2),
                    Step.of(Event.SEND_START), Step.of(Event.SEND_DONE), Step.of(Event.SPOOLER_RELEASE), Step.call(Event.ADDREF, 1));
            Observation od = new Observation(), os = new Observation();
            for (Step st : steps) {
                d.apply(st, od);
                s.apply(st, os);
                System.out.println(r + " " + st + " -> " + od + " | " + d.world());
                assertThat(s.world()).isEqualTo(d.world());
                assertThat(os.toString()).isEqualTo(od.toString());
            }
        }
        Model m = new Model(Reading.DEFAULT);
        var s = new SpringStore(m, World.initial(2, true));
        Observation o = new Observation();
        long t0 = System.nanoTime();
        int n = 0;
        for (int i = 0; i < 20000; i++) {
            s.apply(Step.call(Event.SUBMIT, 1), o); s.apply(Step.of(Event.SEND_START), o); s.apply(Step.of(Event.SEND_DONE), o); n += 3;
        }
        System.out.println("spring us/event " + (System.nanoTime() - t0) / 1000.0 / n);
    }
}
