package nl.koers.document;

/** A member's request or written questions that a paper answers. */
public record Request(String member, String party, String date) {}
