import { styled } from 'styled-components';
import { visuallyHidden } from '../../theme/ThemeScope';

/** Text for screen readers only. */
export const VisuallyHidden = styled.span`
  ${visuallyHidden};
`;
