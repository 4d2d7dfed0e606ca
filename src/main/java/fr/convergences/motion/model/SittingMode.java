package fr.convergences.motion.model;

/** Where members sit: in a room, online, or both (hybrid). Online attendance is recorded by joining. */
public enum SittingMode {
    IN_PERSON,
    ONLINE,
    HYBRID;

    public boolean allowsOnline() {
        return this != IN_PERSON;
    }

    public boolean hasPlace() {
        return this != ONLINE;
    }
}
