// Zod compiles object parsers with `new Function` when it may. The page's Content-Security-Policy
// allows no eval, so the attempt would only be refused (and reported as a violation): parse
// without compiling. Imported first by the entry, before any schema parses.
import { z } from 'zod';

z.config({ jitless: true });
