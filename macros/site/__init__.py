"""The MkDocs side: the plugin, the macros' data, navigation, the browser data and scripts, theme and hosting."""
