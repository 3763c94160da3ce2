package org.outagesim.sweep.run;

import java.nio.file.Path;

/**
 * What a finished sweep did.
 *
 * @param folder the output folder
 * @param replications replications every point ran (the same for all points, for common random
 *     numbers)
 * @param precisionReached with precision-based stopping, whether the target held at every point;
 *     {@code null} without it
 * @param resumedBlocks blocks of rows (a point's replications of one round) taken from an earlier
 *     run
 * @param wallSeconds wall-clock time of this run
 */
public record SweepResult(
    Path folder,
    int replications,
    Boolean precisionReached,
    int resumedBlocks,
    double wallSeconds) {}
