package nl.koers.search;

import java.util.Map;

/** What an index holds. */
public record IndexStats(
    int papers,
    int passages,
    Map<String, Integer> kinds,
    Map<String, Integer> dossiers,
    Map<String, Integer> years) {}
