package storelogoff.verify.mutants;

import java.util.List;
import java.util.function.Consumer;

import storelogoff.model.Event;
import storelogoff.model.LogoffFlag;
import storelogoff.model.Model;
import storelogoff.model.Observation;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.model.World;

/**
 * Wrong outcomes of one step, made by hand, for the conjuncts of an invariant that no mutant of
 * the table breaks first: a step a right store takes, with its result spoiled so that this one
 * conjunct is false and every other property of the suite still holds. Together with the kill
 * matrix they show that every part of every invariant can fail (issue 11, §2).
 */
public final class WrongSteps {
    private WrongSteps() {}

    /**
     * One spoiled step.
     *
     * @param id        stable id, e.g. {@code addref-writes-output}
     * @param invariant the invariant that must object
     * @param conjunct  the conjunct it must name
     */
    public record WrongStep(String id, String description, String invariant, String conjunct, Reading reading,
                            World before, Step step, World after, Observation observed) {}

    public static List<WrongStep> all() {
        return List.of(
                // The table cannot express it: only StoreLogoff's rows have the action that writes *lpulFlags.
                wrong("addref-writes-output", "AddRef writes LOGOFF_COMPLETE to an output parameter it does not have.",
                        "output-flags-report-activity", "only-logoff-writes", Reading.DEFAULT, List.of(),
                        Step.call(Event.ADDREF, 1), w -> {}, o -> {
                            o.outWritten = true;
                            o.outFlags = LogoffFlag.COMPLETE.value;
                        }));
    }

    /**
     * The right step {@code step} after {@code prefix} from the initial world of two clients with
     * the default Inbox, its world and observation then spoiled by {@code world} and {@code observed}.
     */
    private static WrongStep wrong(String id, String description, String invariant, String conjunct, Reading reading,
                                   List<Step> prefix, Step step, Consumer<World> world, Consumer<Observation> observed) {
        Model model = new Model(reading);
        World before = World.initial(2, true);
        Observation o = new Observation();
        for (Step s : prefix) model.step(before, s, o);
        World after = before.copy();
        model.step(after, step, o);
        world.accept(after);
        observed.accept(o);
        return new WrongStep(id, description, invariant, conjunct, reading, before, step, after, o);
    }
}
