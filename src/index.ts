import { main } from './main.js'
import { post } from './post.js'
import { run } from './run.js'

await run(() => main(), () => post())
