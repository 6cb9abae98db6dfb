/*
 * cmd_report.h - helpers shared by `refusal report` and `refusal compare`.
 */
#ifndef RF_CMD_REPORT_H
#define RF_CMD_REPORT_H

#include <stdio.h>

/* Decide terminal presentation for output stream f: colour only when f is a
 * terminal and NO_COLOR is unset or empty; width from the terminal, else
 * $COLUMNS for standard output, else 0 (unlimited). */
void report_term_caps(FILE *f, int *color, int *width);

#endif
