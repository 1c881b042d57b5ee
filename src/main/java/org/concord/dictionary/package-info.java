/**
 * General bilingual dictionaries for the aligner: reading hunalign's format, FreeDict (TEI, and the dictd files
 * Debian's dict-freedict-* packages install) and CC-CEDICT, and keeping imported dictionaries in the database.
 */
package org.concord.dictionary;
