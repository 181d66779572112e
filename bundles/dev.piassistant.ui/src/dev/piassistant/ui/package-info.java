/** UI pieces shared by Pi Assistant's views and editors: the display-thread pump, service access, images. */
package dev.piassistant.ui;
