package fr.convergences.convergence.io;

/** An input file that cannot be used, with a message for the person who gave it (which line, what is wrong). */
public final class InputProblem extends Exception {

    public InputProblem(String message) {
        super(message);
    }
}
