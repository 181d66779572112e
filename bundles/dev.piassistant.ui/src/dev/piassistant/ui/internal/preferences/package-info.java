/** Preference pages: where users connect model providers. */
package dev.piassistant.ui.internal.preferences;
