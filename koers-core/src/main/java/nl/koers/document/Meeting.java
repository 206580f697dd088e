package nl.koers.document;

/** A Council or summit meeting named in a paper, with its ISO date. */
public record Meeting(String body, String date) {}
