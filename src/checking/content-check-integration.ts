/**
 * Build hook: checks the whole content folder before Astro loads it, and stops
 * the build with every problem in every file listed at once.
 *
 * In a live build's process the check waits for the publisher's word (the
 * build may have started before the save: src/publishing/publisher-word.ts)
 * and runs as the build starts, after the collections' loaders read the
 * folder beside the publisher's check; everywhere else it runs as the config
 * is set up, before the loaders.
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
import { contentFingerprint, folderAsLoaded } from './content-fingerprint';

/** The build stops here when a file was saved after the loaders read the folder: that save is published next. */
export const CHANGED_WHILE_BUILDING = '内容文件在这次生成读取之后又有改动，这一版不上线';

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
          // In a live build the loaders read beside the publisher's check: what they read is what is checked here
          // only if the folder is as it was when they began (a save since would go unchecked into the pages).
          const loaded = folderAsLoaded();
          const fingerprint = loaded === undefined ? undefined : contentFingerprint(contentDir);
          if (loaded !== undefined && loaded !== fingerprint) throw new AstroError(CHANGED_WHILE_BUILDING, '发布程序已经看到了这次改动，会按改动后的内容再发布一次。');
          const handedOver = handoffFile ? readCheckHandoff(handoffFile, contentDir, displayRoot, fingerprint) : undefined;
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
      // After the loaders, before any page renders.
      'astro:build:start': () => contentDue(),
    },
  };
}
