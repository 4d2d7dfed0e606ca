package fr.convergences.debate.organiser;

import fr.convergences.debate.DebateStore.OrganisedRow;
import java.util.List;

/** One of the organiser's debates with what is left to do about it. */
public record OrganisedDebate(OrganisedRow debate, List<NextStep> steps) {}
