"""The shop server in the GUI: background sync with its status-bar text, and the job orders panel."""
