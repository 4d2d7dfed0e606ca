package fr.convergences.identity;

/**
 * Published in the transaction that deletes an account, so that features to the right of identity
 * erase or anonymise what they hold about the person (contributions stay, shown as "deleted account";
 * ballots already cast stay counted).
 */
public record AccountDeletedEvent(long accountId) {}
