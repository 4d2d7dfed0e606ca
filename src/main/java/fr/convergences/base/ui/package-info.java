/**
 * The page frame every view shares (layout, navigation, language switch, accessibility statement), the platform's own
 * error and not-found pages, and small components used across features: confirmations before irreversible actions,
 * status messages after them, Markdown rendered safely, characters left.
 */
@NullMarked
package fr.convergences.base.ui;

import org.jspecify.annotations.NullMarked;
