package fr.convergences.convergence.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Latent semantic analysis: a truncated SVD of the TF-IDF matrix of the shipped corpus and the input, computed by a
 * seeded randomized range finder (Halko, Martinsson and Tropp, 2011) with power iterations, and a Jacobi
 * eigen-decomposition of the small projected matrix. Documents are compared by the cosine of their projections on the
 * leading singular vectors, so that words which occur in the same contexts bring documents together.
 */
final class LatentSemanticSpace {

    static final int RANK = 100;
    private static final int OVERSAMPLING = 10;
    private static final int POWER_ITERATIONS = 2;
    private static final long SEED = 20261124L;

    /** Term loadings: dimensions × rank, row-major. */
    private final double[][] termLoadings;

    private LatentSemanticSpace(double[][] termLoadings) {
        this.termLoadings = termLoadings;
    }

    int dimensions() {
        return RANK;
    }

    static LatentSemanticSpace fit(VectorSpace space, BackgroundCorpus.Statistics background) {
        List<SparseVector> rows = new ArrayList<>(List.of(space.vectors()));
        for (String text : background.texts()) {
            SparseVector vector = space.vector(text);
            if (vector.size() > 0) {
                rows.add(vector);
            }
        }
        int columns = space.dimensions();
        int width = Math.min(RANK + OVERSAMPLING, Math.min(columns, rows.size()));
        Random random = new Random(SEED);
        double[][] omega = new double[columns][width];
        for (double[] row : omega) {
            for (int j = 0; j < width; j++) {
                row[j] = random.nextGaussian();
            }
        }
        double[][] y = multiply(rows, omega, width); // rows × width
        orthonormalise(y, width);
        for (int iteration = 0; iteration < POWER_ITERATIONS; iteration++) {
            double[][] z = transposeMultiply(rows, y, columns, width); // columns × width
            orthonormalise(z, width);
            y = multiply(rows, z, width);
            orthonormalise(y, width);
        }
        // B = Qᵀ A (width × columns), then B Bᵀ = U S² Uᵀ and the term loadings V = Bᵀ U S⁻¹.
        double[][] b = transpose(transposeMultiply(rows, y, columns, width), columns, width);
        double[][] gram = new double[width][width];
        for (int i = 0; i < width; i++) {
            for (int j = i; j < width; j++) {
                double sum = 0;
                for (int c = 0; c < columns; c++) {
                    sum += b[i][c] * b[j][c];
                }
                gram[i][j] = sum;
                gram[j][i] = sum;
            }
        }
        double[][] eigenvectors = new double[width][width];
        double[] eigenvalues = jacobi(gram, eigenvectors);
        Integer[] order = new Integer[width];
        for (int i = 0; i < width; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (p, q) -> Double.compare(eigenvalues[q], eigenvalues[p]));
        int rank = Math.min(RANK, width);
        double[][] loadings = new double[columns][RANK];
        for (int k = 0; k < rank; k++) {
            int e = order[k];
            double singular = Math.sqrt(Math.max(eigenvalues[e], 1e-12));
            for (int c = 0; c < columns; c++) {
                double sum = 0;
                for (int i = 0; i < width; i++) {
                    sum += b[i][c] * eigenvectors[i][e];
                }
                loadings[c][k] = sum / singular;
            }
        }
        return new LatentSemanticSpace(loadings);
    }

    SparseVector[] project(VectorSpace space) {
        SparseVector[] vectors = space.vectors();
        SparseVector[] projected = new SparseVector[vectors.length];
        for (int i = 0; i < vectors.length; i++) {
            projected[i] = project(vectors[i]);
        }
        return projected;
    }

    /** The unit vector of a document's coordinates on the latent dimensions (dense, stored as a sparse vector). */
    SparseVector project(SparseVector vector) {
        double[] coordinates = new double[RANK];
        for (int i = 0; i < vector.size(); i++) {
            double[] loading = termLoadings[vector.terms()[i]];
            double weight = vector.weights()[i];
            for (int k = 0; k < RANK; k++) {
                coordinates[k] += weight * loading[k];
            }
        }
        int[] terms = new int[RANK];
        float[] weights = new float[RANK];
        for (int k = 0; k < RANK; k++) {
            terms[k] = k;
            weights[k] = (float) coordinates[k];
        }
        return SparseVector.normalised(terms, weights);
    }

    private static double[][] multiply(List<SparseVector> rows, double[][] dense, int width) {
        double[][] result = new double[rows.size()][width];
        for (int r = 0; r < rows.size(); r++) {
            SparseVector row = rows.get(r);
            double[] out = result[r];
            for (int i = 0; i < row.size(); i++) {
                double weight = row.weights()[i];
                double[] in = dense[row.terms()[i]];
                for (int j = 0; j < width; j++) {
                    out[j] += weight * in[j];
                }
            }
        }
        return result;
    }

    private static double[][] transposeMultiply(List<SparseVector> rows, double[][] dense, int columns, int width) {
        double[][] result = new double[columns][width];
        for (int r = 0; r < rows.size(); r++) {
            SparseVector row = rows.get(r);
            double[] in = dense[r];
            for (int i = 0; i < row.size(); i++) {
                double weight = row.weights()[i];
                double[] out = result[row.terms()[i]];
                for (int j = 0; j < width; j++) {
                    out[j] += weight * in[j];
                }
            }
        }
        return result;
    }

    private static double[][] transpose(double[][] matrix, int rows, int columns) {
        double[][] result = new double[columns][rows];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                result[c][r] = matrix[r][c];
            }
        }
        return result;
    }

    /** Modified Gram-Schmidt on the columns of a tall matrix, in place. */
    private static void orthonormalise(double[][] matrix, int width) {
        for (int j = 0; j < width; j++) {
            for (int k = 0; k < j; k++) {
                double dot = 0;
                for (double[] row : matrix) {
                    dot += row[j] * row[k];
                }
                for (double[] row : matrix) {
                    row[j] -= dot * row[k];
                }
            }
            double norm = 0;
            for (double[] row : matrix) {
                norm += row[j] * row[j];
            }
            norm = Math.sqrt(norm);
            for (double[] row : matrix) {
                row[j] = norm < 1e-12 ? 0 : row[j] / norm;
            }
        }
    }

    /** Cyclic Jacobi eigen-decomposition of a small symmetric matrix (destroyed); eigenvectors in columns. */
    private static double[] jacobi(double[][] a, double[][] vectors) {
        int n = a.length;
        for (int i = 0; i < n; i++) {
            vectors[i][i] = 1;
        }
        for (int sweep = 0; sweep < 100; sweep++) {
            double off = 0;
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    off += a[p][q] * a[p][q];
                }
            }
            if (off < 1e-18) {
                break;
            }
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    if (Math.abs(a[p][q]) < 1e-15) {
                        continue;
                    }
                    double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
                    double t = Math.signum(theta == 0 ? 1 : theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    double c = 1 / Math.sqrt(t * t + 1);
                    double s = t * c;
                    for (int k = 0; k < n; k++) {
                        double akp = a[k][p];
                        double akq = a[k][q];
                        a[k][p] = c * akp - s * akq;
                        a[k][q] = s * akp + c * akq;
                    }
                    for (int k = 0; k < n; k++) {
                        double apk = a[p][k];
                        double aqk = a[q][k];
                        a[p][k] = c * apk - s * aqk;
                        a[q][k] = s * apk + c * aqk;
                    }
                    for (int k = 0; k < n; k++) {
                        double vkp = vectors[k][p];
                        double vkq = vectors[k][q];
                        vectors[k][p] = c * vkp - s * vkq;
                        vectors[k][q] = s * vkp + c * vkq;
                    }
                }
            }
        }
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = a[i][i];
        }
        return values;
    }
}
