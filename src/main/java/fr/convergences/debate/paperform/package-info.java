/**
 * Numbered paper forms: batches to print (PDF), and their transcription, form by form, into contributions of the
 * consultation. The transcription form is shared with the on-the-spot capture of a debate's outcome.
 */
@NullMarked
package fr.convergences.debate.paperform;

import org.jspecify.annotations.NullMarked;
