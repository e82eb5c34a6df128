/**
 * Property-based random walks through the StoreLogoff machine, with our own generation and
 * shrinking: {@link storelogoff.verify.walk.RandomWalks} runs seeded, world-aware walks on the
 * direct model with the Spring machine compared on each decision (and fed whole on the first
 * walks), checks determinism and every {@link storelogoff.verify.Invariant} on every step, counts {@link storelogoff.verify.walk.Coverage}, and shrinks the first violation
 * ({@link storelogoff.verify.walk.Shrinker}, ddmin in {@link storelogoff.verify.walk.DeltaDebugging})
 * to a replayable scenario ({@link storelogoff.verify.walk.Failure#scenarioText()}).
 */
package storelogoff.verify.walk;
