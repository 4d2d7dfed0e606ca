/** What residents, professionals and organisations say in a consultation: needs, proposals, testimonies. */
package fr.convergences.contribution;
