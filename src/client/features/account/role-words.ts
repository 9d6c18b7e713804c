// Roles in words, for people.
import type { Role } from '@shared/contract';
import type { Message } from '@shared/i18n';
import { roleHintWords } from './messages';
import { roleWords } from './nav/messages';

export const ROLE_LABELS: Record<Role, Message> = roleWords;

export const ROLE_HINTS: Record<Role, Message> = roleHintWords;
