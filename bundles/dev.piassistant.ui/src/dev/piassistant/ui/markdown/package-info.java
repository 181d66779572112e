package dev.piassistant.ui.markdown;
