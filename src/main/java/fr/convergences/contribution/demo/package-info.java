/** The demo consultation's contributions, some mediated and answered, loaded in demo mode only. */
package fr.convergences.contribution.demo;
