package dev.prodready.fact;

/** One MDN Observatory test: its result id, the score modifier that result carries, and whether it passed. */
public record ObservatoryTestResult(String result, int scoreModifier, boolean pass) {
}
