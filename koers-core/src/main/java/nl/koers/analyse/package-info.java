/**
 * Analyses over annotated papers: topic profiles, stance, timelines, shifts and the citation graph.
 */
package nl.koers.analyse;
