import type { RendererFeature } from '../../app/rendererFeature.ts';
import { ActionItemsScreen } from './ActionItemsScreen.tsx';
import { ReviewEditor } from './ReviewEditor.tsx';
import { ReviewsHome } from './ReviewsHome.tsx';
import './reviews.css';

/** Post-incident reviews: the list and knowledge search, the review editor, the action item tracker. */
export const reviewScreens: RendererFeature = {
  name: 'reviews',
  screens: [
    { path: 'reviews', Component: ReviewsHome },
    { path: 'reviews/action-items', Component: ActionItemsScreen },
    { path: 'reviews/:reviewId', Component: ReviewEditor },
  ],
  nav: [{ to: '/reviews', label: 'Reviews' }],
};
