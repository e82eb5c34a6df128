package storelogoff.verify.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import storelogoff.model.LogoffFlag;
import storelogoff.model.StoreState;
import storelogoff.model.World;
import storelogoff.model.WorldField;
import storelogoff.verify.Alphabet;
import storelogoff.verify.Bounds;

/**
 * The packed layout bit by bit: each field in declaration order in the bits its bound needs, the
 * masks, the boundary between one word and two (exactly 64 bits still fit one), the wide
 * layout's second word, and the codec refusing what does not belong to it. Fast: no search.
 */
class StateCodecLayoutTest {
    /** 64 bits exactly: 21 fixed + 5 clients x 3 (refs 0..4) + 4 x 3 (messages 0..4) + 4 x 4 (arrivals 0..8). */
    private static final Bounds FULL_WORD = new Bounds(5, 4, 4, 8, true);
    private static final Bounds WIDE = new Bounds(8, 15, 15, 15, true);

    /** The largest value of {@code f} within {@code b}, from the field's meaning, not from the codec. */
    private static int largest(WorldField f, Bounds b) {
        return switch (f.kind) {
            case CONFIGURATION -> 0;
            case STATE -> StoreState.values().length - 1;
            case YES_NO -> 1;
            case REFERENCES -> b.refs();
            case MESSAGES -> b.messages();
            case ARRIVALS -> b.arrivals();
            case CALLS -> WorldField.Kind.MAX_CALLS;
            case FLAGS -> Alphabet.flagValues().size() - 1;
            case OUTPUT_FLAGS -> (LogoffFlag.COMPLETE.value | LogoffFlag.ACTIVITY_MASK) >>> 16;
        };
    }

    /** A world with every field at the largest value the bounds allow. */
    private static World largestWorld(Bounds b) {
        World w = b.initialWorld();
        for (WorldField f : WorldField.ALL) {
            if (f.kind == WorldField.Kind.CONFIGURATION) continue;
            int v = switch (f.kind) {
                case FLAGS -> Alphabet.flagValues().get(Alphabet.flagValues().size() - 1);
                case OUTPUT_FLAGS -> LogoffFlag.COMPLETE.value | LogoffFlag.ACTIVITY_MASK;
                default -> largest(f, b);
            };
            for (int slot = 0; slot < f.slots(b.clients()); slot++) f.write(w, slot, v);
        }
        return w;
    }

    @Test
    void bitsForCountsTheBitsOfTheLargestValue() {
        assertThat(StateCodec.bitsFor(0)).isZero();
        assertThat(StateCodec.bitsFor(1)).isEqualTo(1);
        assertThat(StateCodec.bitsFor(2)).isEqualTo(2);
        assertThat(StateCodec.bitsFor(3)).isEqualTo(2);
        assertThat(StateCodec.bitsFor(4)).isEqualTo(3);
        assertThat(StateCodec.bitsFor(15)).isEqualTo(4);
        assertThat(StateCodec.bitsFor(16)).isEqualTo(5);
    }

    /** Fields one after the other in declaration order from bit 0, each slot the bits of its largest value. */
    @Test
    void fieldsFollowEachOtherInDeclarationOrder() {
        for (Bounds b : List.of(Bounds.DEFAULT, new Bounds(1, 1, 0, 0, false), new Bounds(3, 2, 4, 5, true), FULL_WORD)) {
            StateCodec codec = new StateCodec(b);
            int at = 0;
            long union = 0;
            for (WorldField f : WorldField.ALL) {
                int width = StateCodec.bitsFor(largest(f, b));
                int slots = f.kind == WorldField.Kind.CONFIGURATION ? 0 : f.slots(b.clients());
                assertThat(codec.width(f)).as("width of %s within %s", f.key, b).isEqualTo(width);
                if (width * slots > 0) assertThat(codec.shift(f)).as("shift of %s within %s", f.key, b).isEqualTo(at);
                long mask = codec.mask(f);
                assertThat(Long.bitCount(mask)).as("bits of %s", f.key).isEqualTo(width * slots);
                if (mask != 0) assertThat(Long.numberOfTrailingZeros(mask)).as("first bit of %s", f.key).isEqualTo(at);
                assertThat(mask & union).as("%s overlaps an earlier field", f.key).isZero();
                union |= mask;
                at += width * slots;
            }
            assertThat(codec.bitsUsed()).isEqualTo(at);
            assertThat(union).isEqualTo(at == 64 ? -1L : (1L << at) - 1);
            assertThat(codec.wide()).isFalse();
            assertThat(codec.refsWord(b.initialWorld())).as("no second word").isZero();
            assertThat(codec.clients()).isEqualTo(b.clients());
        }
        assertThat(new StateCodec(Bounds.DEFAULT).bitsUsed()).isEqualTo(21 + 2 * 2 + 4 * 2 + 4 * 2);
        assertThat(new StateCodec(Bounds.DEFAULT).mask(WorldField.DEFAULT_INBOX)).isZero();
    }

    /** The two per-client slots of refs: client 1 in the lower bits. */
    @Test
    void eachClientHasItsSlot() {
        StateCodec codec = new StateCodec(Bounds.DEFAULT);
        int shift = codec.shift(WorldField.REFS);
        assertThat(shift).isEqualTo(3);
        assertThat(codec.mask(WorldField.REFS)).isEqualTo(0b1111L << 3);
        World w = Bounds.DEFAULT.initialWorld();
        w.refs[0] = 2;
        w.refs[1] = 1;
        long code = codec.encode(w);
        assertThat((code >>> shift) & 0b1111).isEqualTo(0b01_10);
        assertThat(codec.decode(code).refs).containsExactly(2, 1);
    }

    /** 64 bits fill one word; every bit is some field's, and the largest values come back. */
    @Test
    void sixtyFourBitsStillFitOneWord() {
        StateCodec codec = new StateCodec(FULL_WORD);
        assertThat(codec.bitsUsed()).isEqualTo(64);
        assertThat(codec.wide()).isFalse();
        World w = largestWorld(FULL_WORD);
        long code = codec.encode(w);
        assertThat(code >>> 60).as("the last field, returned = 8, in the top four bits").isEqualTo(8);
        assertThat(codec.decode(code)).isEqualTo(w);
        assertThat(codec.state(code)).isEqualTo(StoreState.REFUSED);
        World initial = FULL_WORD.initialWorld();
        assertThat(codec.encodeAndRestore(w.copy(), initial, codec.encode(initial))).isEqualTo(code);
        assertThat(codec.encodeChanged(w, initial, codec.encode(initial))).isEqualTo(code);
        // One more arrival (0..9 takes 4 bits too) still fits; a fourth bit per reference count (0..8) does not.
        assertThat(new StateCodec(new Bounds(5, 4, 4, 9, true)).wide()).isFalse();
        assertThat(new StateCodec(new Bounds(5, 8, 4, 8, true)).wide()).isTrue();
    }

    @Test
    void theStateIsReadAloneFromAnyCode() {
        for (Bounds b : List.of(Bounds.DEFAULT, FULL_WORD)) {
            StateCodec codec = new StateCodec(b);
            for (StoreState s : StoreState.values()) {
                World w = largestWorld(b);
                w.state = s;
                assertThat(codec.state(codec.encode(w))).isEqualTo(s);
                w = b.initialWorld();
                w.state = s;
                assertThat(codec.state(codec.encode(w))).isEqualTo(s);
            }
        }
    }

    /** With the wide layout the references go to the second word; a change of them shows as bit 63 of the first. */
    @Test
    void theWideLayoutKeepsTheReferencesInTheSecondWord() {
        StateCodec codec = new StateCodec(WIDE);
        assertThat(codec.wide()).isTrue();
        assertThat(codec.bitsUsed()).isEqualTo(21 + 8 * 4 + 4 * 4 + 4 * 4);
        assertThat(codec.shift(WorldField.REFS)).isZero();
        assertThat(codec.width(WorldField.REFS)).isEqualTo(4);
        assertThat(codec.mask(WorldField.REFS)).isEqualTo(StateCodec.SECOND_WORD).isEqualTo(1L << 63);
        // The rest from bit 0 of the first word, the state first, flagSaved right after it.
        assertThat(codec.shift(WorldField.STATE)).isZero();
        assertThat(codec.shift(WorldField.FLAG_SAVED)).isEqualTo(3);
        long first = 0;
        for (WorldField f : WorldField.ALL) if (f != WorldField.REFS) first |= codec.mask(f);
        assertThat(first).isEqualTo((1L << (codec.bitsUsed() - 32)) - 1);

        World w = WIDE.initialWorld();
        for (int c = 0; c < 8; c++) w.refs[c] = c == 7 ? 15 : c;
        assertThat(codec.refsWord(w)).isEqualTo(0xF654_3210L);
        long lo = codec.encode(w);
        assertThat(lo).as("the references are not in the first word").isEqualTo(codec.encode(WIDE.initialWorld()));
        assertThat(codec.decode(lo, codec.refsWord(w))).isEqualTo(w);
        World into = WIDE.initialWorld();
        codec.decode(lo, 0xF654_3210L, into);
        assertThat(into).isEqualTo(w);

        // A step that changes only references leaves the first word as it was, in both one-pass encoders.
        World before = WIDE.initialWorld();
        long beforeCode = codec.encode(before);
        World after = before.copy();
        after.refs[0] = 0;
        after.refs[7] = 3;
        assertThat(codec.encodeChanged(after, before, beforeCode)).isEqualTo(beforeCode);
        assertThat(after.refs[7]).as("encodeChanged leaves the world after").isEqualTo(3);
        assertThat(codec.encodeAndRestore(after, before, beforeCode)).isEqualTo(beforeCode);
        assertThat(after).as("restored").isEqualTo(before);

        World tooMany = WIDE.initialWorld();
        tooMany.refs[3] = 16;
        assertThatThrownBy(() -> codec.refsWord(tooMany)).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("refs of client 4 = 16 does not fit the state layout the bounds allow;");
    }

    /** Forced on bounds that fit one word, the wide layout leaves bit 63 free and packs the same first word without references. */
    @Test
    void theWideLayoutCanBeForced() {
        StateCodec one = new StateCodec(Bounds.DEFAULT), two = new StateCodec(Bounds.DEFAULT, true);
        assertThat(two.wide()).isTrue();
        assertThat(two.bitsUsed()).isEqualTo(one.bitsUsed());
        World w = largestWorld(Bounds.DEFAULT);
        // One word: state in bits 0..2, refs in 3..6, the rest from 7; two words: the rest from 3.
        assertThat(two.encode(w)).isEqualTo(one.encode(w) >>> 7 << 3 | one.encode(w) & 0b111);
        assertThat(two.refsWord(w)).isEqualTo(0b10_10);
        assertThat(two.mask(WorldField.REFS)).isEqualTo(StateCodec.SECOND_WORD);
    }

    @Test
    void aTwoWordStateIsNotDecodedFromOne() {
        StateCodec codec = new StateCodec(Bounds.DEFAULT, true);
        assertThatThrownBy(() -> codec.decode(0L)).isInstanceOf(IllegalStateException.class)
                .hasMessage("a state of the wide layout has two words: decode(c, hi)");
        assertThatThrownBy(() -> codec.decode(0L, Bounds.DEFAULT.initialWorld())).isInstanceOf(IllegalStateException.class)
                .hasMessage("a state of the wide layout has two words: decode(c, hi)");
        assertThat(codec.decode(0L, 0L).refs).containsExactly(0, 0);
    }

    /** A world of other clients or another default Inbox is refused, by the encoder and the decoder. */
    @Test
    void refusesAWorldOfOtherBounds() {
        StateCodec codec = new StateCodec(Bounds.DEFAULT);
        World threeClients = new Bounds(3, 2, 2, 2, true).initialWorld();
        World noInbox = new Bounds(2, 2, 2, 2, false).initialWorld();
        for (World w : List.of(threeClients, noInbox)) {
            assertThatThrownBy(() -> codec.encode(w)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("world does not match the codec's bounds");
            assertThatThrownBy(() -> codec.decode(0L, w)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("world does not match the codec's bounds");
        }
        assertThat(new StateCodec(new Bounds(2, 2, 2, 2, false)).decode(0L).defaultInbox).isFalse();
        assertThat(codec.decode(0L).defaultInbox).isTrue();
    }

    /** Output flags outside COMPLETE and the activity bits, and flags outside the alphabet, are refused naming the field. */
    @Test
    void refusesFlagsOutsideTheirField() {
        StateCodec codec = new StateCodec(Bounds.DEFAULT);
        World before = Bounds.DEFAULT.initialWorld();
        World out = before.copy();
        out.transportsOut = LogoffFlag.COMPLETE.value | 1;
        assertThatThrownBy(() -> codec.encode(out)).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("transportsOut = " + (LogoffFlag.COMPLETE.value | 1) + " does not fit");
        assertThatThrownBy(() -> codec.encodeChanged(out, before, codec.encode(before)))
                .hasMessageStartingWith("transportsOut = ");
        World flag = before.copy();
        flag.transportsFlag = 0x40000;
        assertThatThrownBy(() -> codec.encode(flag)).hasMessageStartingWith("transportsFlag = 262144 does not fit")
                .hasMessageContaining("the model left its bounds in world: ");
        assertThatThrownBy(() -> codec.encodeChanged(flag, before, codec.encode(before)))
                .hasMessageStartingWith("transportsFlag = 262144");
        World small = before.copy();
        small.savedFlag = LogoffFlag.NO_WAIT.value | LogoffFlag.ORDERLY.value; // 3: small, yet no argument of the alphabet
        assertThat(Alphabet.flagValues()).doesNotContain(3);
        assertThatThrownBy(() -> codec.encode(small)).hasMessageStartingWith("savedFlag = 3 does not fit");
        assertThatThrownBy(() -> codec.encodeAndRestore(small, before, codec.encode(before)))
                .hasMessageStartingWith("savedFlag = 3 does not fit");
        World negative = before.copy();
        negative.savedFlag = -1;
        assertThatThrownBy(() -> codec.encode(negative)).hasMessageStartingWith("savedFlag = -1 does not fit");
        // Every flag of the alphabet packs to its index, small or not.
        List<Integer> flags = Alphabet.flagValues();
        for (int i = 0; i < flags.size(); i++) {
            World w = before.copy();
            w.savedFlag = flags.get(i);
            long code = codec.encode(w);
            assertThat((code & codec.mask(WorldField.SAVED_FLAG)) >>> codec.shift(WorldField.SAVED_FLAG)).isEqualTo(i);
            assertThat(codec.decode(code).savedFlag).isEqualTo(flags.get(i));
        }
    }

    /**
     * The one-pass encoder that leaves both worlds: every value of every field gives the plain
     * encoding, neither world changes, and a value past its bound is refused naming the field.
     */
    @Test
    void encodeChangedAgreesWithEncodeFieldByField() {
        Bounds bounds = new Bounds(3, 3, 4, 2, true);
        StateCodec codec = new StateCodec(bounds);
        World before = bounds.initialWorld();
        long beforeCode = codec.encode(before);
        for (WorldField f : WorldField.ALL) {
            for (int slot = 0; slot < f.slots(bounds.clients()); slot++) {
                for (int v : StateCodecTest.domain(f, bounds)) {
                    World after = before.copy();
                    f.write(after, slot, v);
                    World kept = after.copy();
                    assertThat(codec.encodeChanged(after, before, beforeCode)).as("%s = %d", f.name(slot), v)
                            .isEqualTo(codec.encode(after));
                    assertThat(after).isEqualTo(kept);
                }
                if (f.kind == WorldField.Kind.MESSAGES || f.kind == WorldField.Kind.ARRIVALS
                        || f.kind == WorldField.Kind.REFERENCES || f.kind == WorldField.Kind.CALLS) {
                    World after = before.copy();
                    int past = 1 << codec.width(f);
                    f.write(after, slot, past);
                    assertThatThrownBy(() -> codec.encodeChanged(after, before, beforeCode))
                            .hasMessageStartingWith(f.name(slot) + " = " + past + " does not fit");
                }
            }
        }
        assertThat(before).isEqualTo(bounds.initialWorld());
    }
}
