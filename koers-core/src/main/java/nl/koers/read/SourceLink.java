package nl.koers.read;

import nl.koers.document.TextSpan;

/** A span of source text that the source itself links to another paper, by its id. */
public record SourceLink(TextSpan span, String target) {}
