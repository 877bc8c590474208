// postcheck's background service worker (first version: the extension issue grows it).
