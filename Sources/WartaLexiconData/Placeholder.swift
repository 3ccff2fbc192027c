// This module holds only `embeddedLexiconFiles`, generated at build time by the EmbedLexicons
// plugin from the files under Lexicons/.
