package fr.convergences.territory.council;

/** The council's bureau: its president, vice-presidents and other members. */
public enum BureauPosition { PRESIDENT, VICE_PRESIDENT, MEMBER }
