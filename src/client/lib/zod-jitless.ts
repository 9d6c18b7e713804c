// Zod compiles object parsers with `new Function` when it may. The page's Content-Security-Policy
// allows no eval, so the attempt would only be refused (and reported as a violation): parse
// without compiling. In the browser every `import … from 'zod'` comes here (vite.config.ts), so
// the setting travels with zod into whichever lazy page loads it first, before any schema parses;
// the home page itself loads no zod (docs/decisions/0021-responses-checked-without-zod.md).
import { z } from 'zod';

z.config({ jitless: true });

export * from 'zod';
