/**
 * Exhaustive exploration of the StoreLogoff model, TLC style: {@link storelogoff.verify.explore.Explorer}
 * visits every state reachable within the {@link storelogoff.verify.Bounds}, checks every
 * invariant and determinism on every transition, then liveness on the state graph, and replays
 * transitions through the Spring machine. A violation comes back as a shortest
 * {@link storelogoff.verify.explore.Counterexample} that renders as a scenario file.
 *
 * <p>Speed comes from packing each world into a {@code long} ({@link storelogoff.verify.explore.StateCodec}),
 * primitive tables ({@link storelogoff.verify.explore.LongIntHashMap}, {@code StateGraph}),
 * running the declaration directly without allocation, and expanding each breadth-first level
 * on all cores with a result that does not depend on their number.
 * {@link storelogoff.verify.explore.ExplorerBench} measures it.
 */
package storelogoff.verify.explore;
