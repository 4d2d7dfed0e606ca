/** What residents, professionals and organisations say in a consultation: needs, proposals, testimonies. */
@NullMarked
package fr.convergences.contribution;

import org.jspecify.annotations.NullMarked;
