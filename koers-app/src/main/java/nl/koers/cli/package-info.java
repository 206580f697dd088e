/** The {@code koers} command line: one picocli command class per verb. */
package nl.koers.cli;
