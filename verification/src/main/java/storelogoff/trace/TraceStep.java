package storelogoff.trace;

import storelogoff.model.Step;

/** One step of a trace with the line it came from and what the implementation observed (null: not compared). */
public record TraceStep(int line, Step step, Expectation expectation) {
}
