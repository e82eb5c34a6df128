package storelogoff.trace;

/** Part of a trace line is malformed: says what was expected; the reader adds FILE:LINE. */
public final class Malformed extends Exception {
    Malformed(String detail) {
        super(detail);
    }
}
