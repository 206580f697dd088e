/** Data files: the domain knowledge Koers keeps as documented text files users can extend. */
package nl.koers.data;
