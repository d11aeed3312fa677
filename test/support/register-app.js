// Child processes in the tests run the apps from their TypeScript sources, as the CLI can.
require('../../scripts/register-ts.js');
