/**
 * Build hook: checks the whole content folder before Astro loads it, and stops
 * the build with every problem in every file listed at once.
 *
 * In a live build's process the check waits for the publisher's word (the
 * build may have started before the save: src/publishing/publisher-word.ts)
 * and runs just before the collections' loaders read the folder; everywhere
 * else it runs as the config is set up.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { checkContentFolderOnce, type ContentCheck } from './content-check';
import { readCheckHandoff } from './check-handoff';
import { formatProblems, warningLines } from './content-problems';
import { contentWarnings } from './content-warnings';
import { describeNextChange, nextOutputChange } from '../lifecycle/next-change';
import { buildNow, pinBuildNow, site } from '../site.config';
import { contentDue, whenContentDue } from '../publishing/publisher-word';

export interface ContentCheckIntegration extends AstroIntegration {
  /** The build's check of the folder, once it ran (a step after the loaders may read it). */
  checked: () => ContentCheck;
}

/**
 * `handoffFile`: where the live publisher hands over its check of the folder,
 * taken while the folder is as it was checked (check-handoff.ts).
 */
export function contentCheck(contentDir: string, displayRoot: string, verifyWithinDays: number, handoffFile?: string): ContentCheckIntegration {
  let check: ContentCheck | undefined;
  return {
    name: 'content-check',
    checked: () => {
      if (!check) throw new Error('内容检查还没有运行，不能读取它的结果');
      return check;
    },
    hooks: {
      'astro:config:setup': ({ logger, command, updateConfig }) => {
        // Only `astro dev` previews drafts and scheduled entries; every build leaves them out, whatever NODE_ENV says.
        updateConfig({ vite: { define: { __PREVIEW_UNPUBLISHED__: JSON.stringify(command === 'dev') } } });
        whenContentDue(() => {
          // One "now" for the whole build: the pages render, and the posters are written, seconds apart.
          if (command === 'build') pinBuildNow();
          const handedOver = handoffFile ? readCheckHandoff(handoffFile, contentDir, displayRoot) : undefined;
          check = checkContentFolderOnce(contentDir, displayRoot, handedOver);
          const { problems, entries } = check;
          if (problems.length) {
            throw new AstroError(
              formatProblems(problems),
              '每条问题前面写着文件和字段。改好后重新运行；内容规范见 CONTENT-MODEL.md，写作指南见 docs/。',
            );
          }
          logger.info(`内容检查通过：${entries.length} 个条目${check === handedOver ? '（发布程序刚检查过，内容没有再变）' : ''}`);
          // A live build's log is read only when it fails, and the publisher times its next publish itself:
          // the warnings and the next change (a third of a second at 5000 entries) are for builds run by hand.
          if (check === handedOver) return;
          for (const line of warningLines(contentWarnings(entries, buildNow(), verifyWithinDays, { sampleData: site.sampleData }))) logger.warn(line);
          // For schedulers outside the project (cron, CI): when this build's output goes stale by itself.
          if (command === 'build') logger.info(describeNextChange(nextOutputChange(entries, buildNow(), { verifyWithinDays })).replace(/^下次自动发布/, '下次需要重新生成'));
        });
      },
      // Pages render after the loaders; should no loader have asked for the content, the check still runs first.
      'astro:build:start': () => contentDue(),
    },
  };
}
