import { z } from 'zod';

// The centre's Content-Security-Policy forbids eval; zod would probe for it (and the browser log
// a violation) before falling back. Told up front, it parses without compiling.
z.config({ jitless: true });
