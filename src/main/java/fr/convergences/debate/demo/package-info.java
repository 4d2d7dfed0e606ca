/** The demo debates, with registrations and an outcome, loaded in demo mode only. */
package fr.convergences.debate.demo;
