package storelogoff.conform;

/** A message from an adapter breaks the protocol: says what was expected; the caller adds which message it was. */
final class BadMessage extends Exception {
    BadMessage(String detail) {
        super(detail);
    }
}
