/**
 * Build hook: checks the whole content folder before Astro loads it, and stops
 * the build with every problem in every file listed at once.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { checkContentFolderOnce, type ContentCheck } from './content-check';
import { formatProblems, warningLines } from './content-problems';
import { contentWarnings } from './content-warnings';
import { describeNextChange, nextOutputChange } from '../lifecycle/next-change';
import { buildNow, pinBuildNow, site } from '../site.config';

/** `handedOver`: the live publisher's check of the folder, taken while the folder is as it was checked (check-handoff.ts). */
export function contentCheck(contentDir: string, displayRoot: string, verifyWithinDays: number, handedOver?: ContentCheck): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ logger, command, updateConfig }) => {
        // Only `astro dev` previews drafts and scheduled entries; every build leaves them out, whatever NODE_ENV says.
        updateConfig({ vite: { define: { __PREVIEW_UNPUBLISHED__: JSON.stringify(command === 'dev') } } });
        // One "now" for the whole build: the pages render, and the posters are written, seconds apart.
        if (command === 'build') pinBuildNow();
        const check = checkContentFolderOnce(contentDir, displayRoot, handedOver);
        const { problems, entries } = check;
        if (problems.length) {
          throw new AstroError(
            formatProblems(problems),
            '每条问题前面写着文件和字段。改好后重新运行；内容规范见 CONTENT-MODEL.md，写作指南见 docs/。',
          );
        }
        logger.info(`内容检查通过：${entries.length} 个条目${check === handedOver ? '（发布程序刚检查过，内容没有再变）' : ''}`);
        for (const line of warningLines(contentWarnings(entries, buildNow(), verifyWithinDays, { sampleData: site.sampleData }))) logger.warn(line);
        // For schedulers outside the project (cron, CI): when this build's output goes stale by itself.
        if (command === 'build') logger.info(describeNextChange(nextOutputChange(entries, buildNow(), { verifyWithinDays })).replace(/^下次自动发布/, '下次需要重新生成'));
      },
    },
  };
}
