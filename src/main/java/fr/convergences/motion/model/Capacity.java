package fr.convergences.motion.model;

/** In what capacity a ballot is cast for a seat: by its titular, by the substitute sitting in their place, or by a proxy holder. */
public enum Capacity {
    SEAT,
    SUBSTITUTE,
    PROXY
}
