package nl.koers.document;

/** A motion referred to: its first submitter as written and its kst-id when the text gives it. */
public record Motion(String member, String kst) {}
